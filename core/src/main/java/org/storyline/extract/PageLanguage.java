package org.storyline.extract;

import java.util.List;
import org.storyline.lang.OpenNlpLanguageDetector;
import org.storyline.lang.StopWords;

/**
 * The stop words of a page's language: those of the language the page declares when its text reads as
 * that language (enough of its words are on the list), else those of the language OpenNLP detects in the
 * text; none when neither is known.
 */
final class PageLanguage {

    private static final int SAMPLE = 600;
    private static final int PROSE = 70;
    private static final double MIN_DENSITY = 0.12;

    private PageLanguage() {
    }

    /**
     * The stop words for a page.
     *
     * @param declared the ISO 639-1 code the page declares, or {@code null}
     * @param blocks   text blocks of the page, the article's first
     */
    static StopWords stopWords(String declared, List<Block> blocks) {
        String sample = sample(blocks);
        if (StopWords.known(declared)) {
            StopWords list = StopWords.of(declared);
            if (list.count(sample).density() >= MIN_DENSITY) {
                return list;
            }
        }
        return StopWords.of(OpenNlpLanguageDetector.shared().detect(sample).orElse(null));
    }

    /** Up to {@value #SAMPLE} characters of the blocks' prose (blocks of {@value #PROSE} characters or more). */
    static String sample(List<Block> blocks) {
        StringBuilder sample = new StringBuilder();
        for (Block block : blocks) {
            if (block.text().length() >= PROSE && block.linkDensity() < 0.5) {
                sample.append(block.text()).append('\n');
                if (sample.length() >= SAMPLE) {
                    break;
                }
            }
        }
        if (sample.isEmpty()) {
            blocks.forEach(b -> sample.append(b.text()).append('\n'));
        }
        return sample.length() > SAMPLE ? sample.substring(0, SAMPLE) : sample.toString();
    }
}
