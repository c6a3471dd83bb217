/**
 * Term vectors for comparing articles and sentences: content lemmas of annotated tokens weighted by
 * TF-IDF and compared by cosine, shared by story clustering and the brief.
 */
package org.storyline.text;
