package org.storyline.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/**
 * Finds times of day given in GMT or UTC, alone ({@code 1620 GMT}, {@code 4:20 p.m. UTC}) or after a
 * local time ({@code 6:20 PM (1620 GMT)}, cited whole). The value is the UTC time: {@code 16:20Z}.
 * A local time without its UTC equivalent is skipped: its zone is not known here.
 */
final class TimeFinder implements MentionFinder {

    private static final String AM_PM = "(?:[AaPp]\\.?[Mm]\\.?(?![\\p{L}]))";
    private static final String UTC = "(?<hour>[0-2]?\\d):?(?<minute>[0-5]\\d)(?:\\h*(?<ampm>" + AM_PM + "))?"
            + "\\h*(?:GMT|UTC)(?![\\p{L}])";
    private static final Pattern LOCAL_AND_UTC = Pattern.compile(
            "(?<![\\p{N}:.])[0-2]?\\d(?::[0-5]\\d)?\\h*" + AM_PM + "?\\h*\\(\\h*" + UTC + "\\h*\\)");
    private static final Pattern UTC_ONLY = Pattern.compile("(?<![\\p{N}:.])" + UTC);

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        collect(LOCAL_AND_UTC.matcher(text), found);
        collect(UTC_ONLY.matcher(text), found);
        return found;
    }

    private static void collect(Matcher m, List<Candidate> found) {
        while (m.find()) {
            int hour = Integer.parseInt(m.group("hour"));
            int minute = Integer.parseInt(m.group("minute"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour < 24) {
                found.add(new Candidate(FactKind.DATE, String.format(Locale.ROOT, "%02d:%02dZ", hour, minute),
                        null, m.start(), m.end()));
            }
        }
    }
}
