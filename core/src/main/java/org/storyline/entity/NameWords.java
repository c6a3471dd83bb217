package org.storyline.entity;

/**
 * The words that stand in people's names and titles, as the entity stage reads them ({@code head} in {@code
 * communications head}, {@code Jr.} and {@code 3rd} after a name), for other stages that must tell such a word from
 * another.
 */
public final class NameWords {

    private NameWords() {
    }

    /**
     * Whether {@code lowerWord} (lower case, or one of its hyphen parts) is the head word of a title
     * ({@code head} in {@code communications head}), not only a modifier of one ({@code former}).
     */
    public static boolean isRoleWord(String lowerWord) {
        return RoleFinder.isRoleWord(lowerWord);
    }

    /** Whether {@code word} is a generational suffix written after a name ({@code Jr.}, {@code III}, {@code 3rd}). */
    public static boolean isSuffix(String word) {
        return NameParts.isSuffix(word);
    }
}
