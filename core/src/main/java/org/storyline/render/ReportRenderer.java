package org.storyline.render;

import org.storyline.model.Report;

/**
 * Writes a {@link Report} as text. Implementations are stateless and safe to share between threads.
 */
public interface ReportRenderer {

    /**
     * The whole report as text, ending with a line break.
     *
     * @param report the report to write; not {@code null}
     * @return the rendered text
     */
    String render(Report report);
}
