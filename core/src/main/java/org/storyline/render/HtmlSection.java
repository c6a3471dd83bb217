package org.storyline.render;

/** One section of a story's HTML brief. */
interface HtmlSection {

    /**
     * Writes the section; writes nothing when the story has nothing for it.
     *
     * @param story the story, with its numbering and passages
     * @param out   where to write
     */
    void write(HtmlStory story, HtmlBuilder out);

    /** Opens a {@code <section>} with its heading. */
    static void open(HtmlStory story, String name, String heading, HtmlBuilder out) {
        out.open("section", "id", story.id(name), "class", name).newline();
        out.element("h2", heading).newline();
    }

    /** Closes the section {@link #open} opened. */
    static void close(HtmlBuilder out) {
        out.close("section").newline();
    }
}
