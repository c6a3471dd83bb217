/**
 * The {@code storyline} command line: picocli commands that read article files, run the pipeline and
 * write the brief as Markdown or JSON. {@link org.storyline.cli.StorylineCommand#main(String[])} is the
 * entry point; its exit code says whether every input was briefed (see {@link org.storyline.cli.ExitCodes}).
 */
package org.storyline.cli;
