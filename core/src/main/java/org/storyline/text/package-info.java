/**
 * Term vectors for comparing articles and sentences: content lemmas of annotated tokens weighted by
 * TF-IDF and compared by cosine. Shared by story clustering and by the brief's cross-outlet support.
 */
package org.storyline.text;
