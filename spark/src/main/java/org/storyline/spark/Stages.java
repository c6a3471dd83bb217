package org.storyline.spark;

import org.storyline.brief.BriefComposer;
import org.storyline.clean.TextCleaner;
import org.storyline.lang.LanguageTagger;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.TextAnnotator;

/**
 * The pipeline stages of one executor JVM, each created on first use and then shared by every task of the
 * JVM, so the NLP and embedding models load once per executor, never per record. All are thread-safe.
 */
final class Stages {

    private Stages() {
    }

    private static final class Cleaning {
        static final TextCleaner CLEANER = new TextCleaner();
        static final LanguageTagger LANGUAGES = new LanguageTagger();
    }

    private static final class Annotation {
        static final TextAnnotator ANNOTATOR = new CoreNlpAnnotator();
    }

    private static final class Briefing {
        static final BriefComposer COMPOSER = new BriefComposer();
    }

    static TextCleaner cleaner() {
        return Cleaning.CLEANER;
    }

    static LanguageTagger languages() {
        return Cleaning.LANGUAGES;
    }

    static TextAnnotator annotator() {
        return Annotation.ANNOTATOR;
    }

    static BriefComposer composer() {
        return Briefing.COMPOSER;
    }
}
