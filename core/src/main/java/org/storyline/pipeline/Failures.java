package org.storyline.pipeline;

/** How a failure of one article or one story is told in a {@link org.storyline.model.Problem}. */
public final class Failures {

    private Failures() {
    }

    /** A one-line description of {@code e}: its type and message. */
    public static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
