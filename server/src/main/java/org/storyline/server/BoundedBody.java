package org.storyline.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body of at most a given size; a larger one is refused with 413 before or while it is read. */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The body of {@code ctx}, at most {@code max} bytes.
     *
     * @throws ApiException 413 when the declared or actual length is larger, 400 when the body is empty
     */
    static byte[] read(Context ctx, long max) {
        String declared = ctx.header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("header 'Content-Length' is not a number: '" + Params.shown(declared) + "'");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        try (InputStream in = ctx.bodyInputStream()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (out.size() + (long) n > max) {
                    throw tooLarge(max);
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        if (out.size() == 0) {
            throw ApiException.badRequest("the request body is empty");
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "request body is larger than " + max + " bytes");
    }
}
