/**
 * Term vectors for comparing articles and sentences: content lemmas of annotated tokens weighted by
 * TF-IDF and compared by cosine, shared by story clustering and the brief; and the lexical resource
 * (WordNet) that tells synonyms and words for people.
 */
package org.storyline.text;
