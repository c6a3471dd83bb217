package org.storyline.entity;

/**
 * The words of people's titles ({@code head}, {@code spokesman}, {@code secretary general}) that the entity stage
 * reads roles with, for other stages that must tell a title from another word.
 */
public final class Titles {

    private Titles() {
    }

    /**
     * Whether {@code lowerWord} (lower case, or one of its hyphen parts) is the head word of a title
     * ({@code head} in {@code communications head}), not only a modifier of one ({@code former}).
     */
    public static boolean isRoleWord(String lowerWord) {
        return RoleFinder.isRoleWord(lowerWord);
    }
}
