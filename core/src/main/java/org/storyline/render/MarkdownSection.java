package org.storyline.render;

import org.storyline.model.Brief;

/** One section of a story's Markdown brief. */
interface MarkdownSection {

    /**
     * Appends the section to {@code out}, each block followed by a blank line; appends nothing
     * when the brief has nothing for it.
     *
     * @param brief   the story
     * @param sources the numbering of the story's articles, for citation markers
     * @param out     where to write
     */
    void write(Brief brief, SourceNumbers sources, StringBuilder out);
}
