/**
 * Linguistic annotation of cleaned articles: sentences, tokens, parts of speech, lemmas and named-entity
 * tags. Stages depend on the small {@link org.storyline.nlp.TextAnnotator} interface; the Stanford CoreNLP
 * implementation loads its models once per process
 * and repairs its splitter's false breaks (inside figures, between initials) with
 * {@link org.storyline.nlp.SentenceJoiner}.
 */
package org.storyline.nlp;
