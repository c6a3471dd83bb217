package org.storyline.server;

import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;

/** Previous and next links of a paged page, keeping the request's other parameters. */
final class Pager {

    private Pager() {
    }

    /** Writes the links for the page at {@code offset} of {@code total} items, {@code limit} a page. */
    static void write(Context ctx, int offset, int limit, long total, Html html) {
        if (offset == 0 && total <= limit) {
            return;
        }
        html.open("nav", "class", "pager", "aria-label", "Pages");
        if (offset > 0) {
            html.link(address(ctx, Math.max(0, offset - limit)), "← Newer", "rel", "prev");
        }
        if (offset + (long) limit < total) {
            html.link(address(ctx, offset + limit), "Older →", "rel", "next");
        }
        html.close("nav").newline();
    }

    private static String address(Context ctx, int offset) {
        Map<String, String> params = new TreeMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("offset")) {
                params.put(name, values.get(0));
            }
        });
        params.put("offset", Integer.toString(offset));
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                .append(Links.segment(name)).append('=').append(Links.segment(value)));
        return ctx.path() + query;
    }
}
