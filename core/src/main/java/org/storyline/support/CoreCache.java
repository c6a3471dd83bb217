package org.storyline.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The cores of the texts judged last, so that a sentence judged against many passages, or a paragraph read as
 * the context of several, is taken apart once. Least recently used first out; thread-safe.
 */
final class CoreCache {

    /** A text by its words, number of tokens and first offset: cheap to hash, and two texts alike in all are one. */
    private record Key(String text, int tokens, int start) {
        static Key of(AnnotatedText t) {
            return new Key(t.text(), t.tokens().size(), t.tokens().isEmpty() ? -1 : t.tokens().get(0).start());
        }
    }

    private final Map<Key, TextCore> cores;

    /** A cache of up to {@code capacity} cores. */
    CoreCache(int capacity) {
        this.cores = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TextCore> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The core of {@code text} as {@code make} takes it apart, made once while it stays in the cache. */
    TextCore of(AnnotatedText text, Function<AnnotatedText, TextCore> make) {
        Key key = Key.of(text);
        synchronized (cores) {
            TextCore core = cores.get(key);
            if (core != null) {
                return core;
            }
        }
        TextCore core = make.apply(text);
        synchronized (cores) {
            cores.put(key, core);
        }
        return core;
    }
}
