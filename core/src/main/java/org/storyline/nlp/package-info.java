/**
 * Linguistic annotation of cleaned articles: sentences, tokens, parts of speech, lemmas and named-entity
 * tags. Stages depend on the small {@link org.storyline.nlp.TextAnnotator} interface; the Stanford CoreNLP
 * implementation loads its models once per process.
 */
package org.storyline.nlp;
