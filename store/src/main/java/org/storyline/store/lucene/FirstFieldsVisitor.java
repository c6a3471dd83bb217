package org.storyline.store.lucene;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;

/**
 * Reads the given single-valued stored fields of a document and stops as soon as it has them all, so that
 * the large fields stored after them (a story's rendered briefs) are not even decompressed.
 */
final class FirstFieldsVisitor extends DocumentStoredFieldVisitor {

    private final Set<String> missing;

    /** A visitor for {@code fields}, each read once. */
    FirstFieldsVisitor(Set<String> fields) {
        super(fields);
        this.missing = new HashSet<>(fields);
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) throws java.io.IOException {
        if (missing.isEmpty()) {
            return Status.STOP;
        }
        Status status = super.needsField(fieldInfo);
        if (status == Status.YES) {
            missing.remove(fieldInfo.name);
        }
        return status;
    }
}
