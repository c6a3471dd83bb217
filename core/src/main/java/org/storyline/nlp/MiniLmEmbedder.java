package org.storyline.nlp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * {@link SentenceEmbedder} backed by all-MiniLM-L6-v2 (quantised), run in process with ONNX Runtime; the
 * model ships inside a Maven artifact, so nothing is downloaded at run time. Loads once per process, on
 * first use (about 1.5 s); embedding takes a few milliseconds a sentence.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public float[] embed(String text) {
        return Holder.MODEL.embed(text).content().vector();
    }
}
