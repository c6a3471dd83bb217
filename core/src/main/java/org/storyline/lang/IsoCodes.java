package org.storyline.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps ISO 639-3 / 639-2 language codes to ISO 639-1 codes, from the JDK's own language table. */
final class IsoCodes {

    private static final Map<String, String> TWO_LETTER = build();

    private IsoCodes() {
    }

    /**
     * The two-letter code of a three-letter one ({@code deu} gives {@code de}, {@code nob} gives
     * {@code nb}); empty for languages that have no two-letter code.
     */
    static Optional<String> toTwoLetter(String code) {
        if (code.length() == 2) {
            return Optional.of(code);
        }
        return Optional.ofNullable(TWO_LETTER.get(code));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // ISO 639-3 individual languages that OpenNLP reports instead of their macrolanguage
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("zsm", "ms");
        map.put("pnb", "pa");
        map.put("plt", "mg");
        return map;
    }
}
