package org.storyline.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storyline.model.FactKind;

/**
 * Finds amounts of money with a currency before ({@code €40 billion}, {@code EUR 40bn},
 * {@code US$5 million}, {@code £300m}) or after them ({@code 40 billion euros}, {@code 5,000 dollars}).
 * The value is the ISO currency and the full amount: {@code EUR 40000000000}.
 */
final class MoneyFinder implements MentionFinder {

    private static final String RESOURCE = "currencies.txt";

    /** Alias (lower-cased when it is a word) to ISO code. */
    private final Map<String, String> currencies = new HashMap<>();
    /** Aliases that name money only together with a scale word. */
    private final Set<String> scaleOnly = new HashSet<>();
    private final Pattern before;
    private final Pattern after;
    private final MoneySubject subject = new MoneySubject();

    MoneyFinder() {
        List<String> symbols = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Lexicon.groups(RESOURCE).forEach((alias, iso) -> {
            String name = alias.endsWith("*") ? alias.substring(0, alias.length() - 1) : alias;
            boolean word = name.chars().anyMatch(Character::isLowerCase);
            String key = word ? name.toLowerCase(Locale.ROOT) : name;
            currencies.put(key, iso);
            if (alias.endsWith("*")) {
                scaleOnly.add(key);
            }
            (word ? words : symbols).add(name);
        });
        String symbol = alternation(symbols);
        String word = alternation(words);
        before = Pattern.compile("(?<![\\p{L}\\p{N}])(?<cur>" + symbol + ")\\h?"
                + Numbers.DIGIT_NUMBER + Numbers.MONEY_SCALE);
        after = Pattern.compile(Numbers.NUMBER + Numbers.MONEY_SCALE
                + "\\h*(?<cur>(?i:" + word + ")|" + symbol + ")(?![\\p{L}\\p{N}])");
    }

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        collect(before.matcher(text), text, found);
        collect(after.matcher(text), text, found);
        return found;
    }

    private void collect(Matcher m, String text, List<Candidate> found) {
        while (m.find()) {
            String cur = m.group("cur");
            String key = currencies.containsKey(cur) ? cur : cur.toLowerCase(Locale.ROOT);
            String iso = currencies.get(key);
            String scale = m.group("scale");
            if (iso == null || scaleOnly.contains(key) && scale == null) {
                continue;
            }
            BigDecimal amount = Numbers.value(m.group("num"), scale);
            found.add(new Candidate(FactKind.MONEY, iso + " " + Numbers.plain(amount),
                    subject.after(text, m.end()), m.start(), m.end()));
        }
    }

    /** Quoted aliases, longest first so that {@code US$} wins over {@code $}. */
    private static String alternation(List<String> aliases) {
        return aliases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
