package org.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** Small helpers to build JSON trees; objects keep their keys in insertion order. */
final class Nodes {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private Nodes() {
    }

    /** A new empty object. */
    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    /** An array of {@code items}, each mapped to a node, in order. */
    static <T> ArrayNode array(List<T> items, Function<? super T, ? extends JsonNode> mapper) {
        ArrayNode array = FACTORY.arrayNode(items.size());
        for (T item : items) {
            array.add(mapper.apply(item));
        }
        return array;
    }

    /** An array of strings; a {@code null} element is written as {@code null}. */
    static ArrayNode strings(List<String> items) {
        return array(items, FACTORY::textNode);
    }
}
