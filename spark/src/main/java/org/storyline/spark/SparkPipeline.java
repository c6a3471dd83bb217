package org.storyline.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storyline.cluster.StoryClusterer;
import org.storyline.model.CleanArticle;
import org.storyline.spark.cluster.ClusterInput;
import org.storyline.spark.cluster.DistributedClusterer;
import org.storyline.codec.ArticleCodec;
import scala.Tuple2;

/**
 * Runs the storyline pipeline in a Spark session: ingest and clean, find reprints, annotate, cluster and brief,
 * then write stories, briefs and problems. Articles travel encoded between stages; the driver sees file names,
 * ids, problems and the neighbour graph, never article text. The stories are those of
 * {@link org.storyline.pipeline.StorylinePipeline} on the same files.
 */
public final class SparkPipeline {

    private static final StorageLevel KEEP = StorageLevel.MEMORY_AND_DISK_SER();
    /** Tasks per core for the per-article stages, so that a slow partition does not idle the other cores. */
    private static final int TASKS_PER_CORE = 4;

    private final SparkSession spark;

    /** A pipeline that runs in {@code spark}. */
    public SparkPipeline(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Runs the job.
     *
     * @throws IllegalArgumentException when the output folder exists and is not empty
     */
    public JobResult run(JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        OutputWriter writer = new OutputWriter(spark, options.output(), options.formats());
        writer.checkFree();
        StageClock clock = new StageClock();
        List<ProblemRow> problems = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();

        clock.start("ingest+clean");
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        List<InputFile> files = InputLister.list(options.inputs(), conf.get(), problems);
        JavaRDD<FileRead> reads = jsc.parallelize(files, Math.max(1, Math.min(files.size(), 10_000)))
                .map(f -> FileIngest.read(f, conf.get())).persist(KEEP);
        reads.flatMap(r -> r.problems().iterator()).collect().forEach(problems::add);
        reads.map(FileRead::skipped).collect().forEach(m -> m.forEach((k, v) -> skipped.merge(k, v, Integer::sum)));
        JavaRDD<Staged> articles = spread(withoutRepeatedIds(reads.flatMap(r -> r.articles().iterator()), jsc,
                problems), jsc);
        JavaRDD<Staged> cleaned = articles.mapPartitions(ArticleStages::clean).persist(KEEP);
        long read = cleaned.count();
        JavaRDD<Staged> clean = cleaned.filter(Staged::ok);
        failures(cleaned, problems);
        Map<String, CopyMark> marks = clean
                .map(s -> {
                    CleanArticle c = ArticleCodec.clean(s.value());
                    return new CopyText(s.order(), s.id(), c.article().published(), c.text());
                })
                .repartition(1)
                .mapPartitions(CopyMarker::mark)
                .collect().stream().collect(Collectors.toMap(CopyMark::copy, m -> m));
        Broadcast<Map<String, CopyMark>> copyMarks = jsc.broadcast(new LinkedHashMap<>(marks));
        reads.unpersist();
        clock.stop();

        clock.start("annotate");
        JavaRDD<Staged> annotated = clean.mapPartitions(it -> ArticleStages.annotate(it, copyMarks.value()))
                .persist(KEEP);
        annotated.count();
        failures(annotated, problems);
        JavaRDD<Staged> analysed = annotated.filter(Staged::ok);
        clock.stop();

        clock.start("cluster");
        JavaRDD<ClusterInput> inputs = analysed.map(s -> {
            CopyMark mark = copyMarks.value().get(s.id());
            return new ClusterInput(s.order(), s.id(), mark == null ? null : mark.original(),
                    StoryClusterer.terms(ArticleCodec.annotated(s.value())));
        });
        JavaPairRDD<Long, String> storyOf = new DistributedClusterer(options.threshold(), options.neighbours())
                .cluster(inputs).persist(KEEP);
        long clustered = storyOf.count();
        clock.stop();

        clock.start("brief");
        JavaRDD<BriefRow> briefs = briefs(analysed, clean, storyOf, copyMarks).persist(KEEP);
        briefs.flatMap(b -> b.problems().iterator()).collect().forEach(problems::add);
        JavaRDD<BriefRow> written = briefs.filter(BriefRow::ok).sortBy(BriefRow::first, true,
                Math.max(1, briefs.getNumPartitions()));
        long stories = written.count();
        clock.stop();

        clock.start("write");
        writer.write(written, problems);
        clock.stop();
        cleaned.unpersist();
        annotated.unpersist();
        storyOf.unpersist();
        briefs.unpersist();
        return new JobResult(read, clustered, stories, problems.size(), skipped, clock.millis());
    }

    /**
     * {@code articles} over at least {@value #TASKS_PER_CORE} tasks per core of the session: a file is read in one
     * task, and without this a single large JSONL or WARC file would be cleaned, annotated and briefed on one
     * core. Shuffles only encoded articles, which is cheap beside annotating them.
     */
    private static JavaRDD<Staged> spread(JavaRDD<Staged> articles, JavaSparkContext jsc) {
        int tasks = jsc.defaultParallelism() * TASKS_PER_CORE;
        return articles.getNumPartitions() >= tasks ? articles : articles.repartition(tasks);
    }

    /** {@code articles} without a second article of an id, which becomes a problem (the first read wins). */
    private static JavaRDD<Staged> withoutRepeatedIds(JavaRDD<Staged> articles, JavaSparkContext jsc,
                                                      List<ProblemRow> problems) {
        List<Tuple2<String, Iterable<Tuple2<Long, String>>>> repeated = articles
                .mapToPair(s -> new Tuple2<>(s.id(), new Tuple2<>(s.order(), s.path())))
                .groupByKey()
                .filter(t -> count(t._2()) > 1)
                .collect();
        if (repeated.isEmpty()) {
            return articles;
        }
        Set<Long> later = new HashSet<>();
        for (Tuple2<String, Iterable<Tuple2<Long, String>>> r : repeated) {
            List<Tuple2<Long, String>> reads = new ArrayList<>();
            r._2().forEach(reads::add);
            reads.sort(java.util.Comparator.comparing(Tuple2::_1));
            for (Tuple2<Long, String> again : reads.subList(1, reads.size())) {
                later.add(again._1());
                problems.add(new ProblemRow(again._2(), "ingest",
                        "duplicate id '" + r._1() + "' (first read from " + reads.get(0)._2() + ")"));
            }
        }
        Broadcast<Set<Long>> drop = jsc.broadcast(later);
        return articles.filter(s -> !drop.value().contains(s.order()));
    }

    private static long count(Iterable<?> items) {
        long n = 0;
        for (Object ignored : items) {
            n++;
        }
        return n;
    }

    private static void failures(JavaRDD<Staged> staged, List<ProblemRow> problems) {
        staged.filter(s -> !s.ok()).sortBy(Staged::order, true, 1).map(Staged::problem).collect()
                .forEach(problems::add);
    }

    /** The brief of every story, with the exact copies of its articles. */
    private static JavaRDD<BriefRow> briefs(JavaRDD<Staged> analysed, JavaRDD<Staged> clean,
                                            JavaPairRDD<Long, String> storyOf,
                                            Broadcast<Map<String, CopyMark>> copyMarks) {
        JavaPairRDD<Long, Staged> byOrder = analysed.mapToPair(s -> new Tuple2<>(s.order(), s));
        JavaPairRDD<String, Staged> members = byOrder.join(storyOf)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaPairRDD<String, String> storyOfId = members.mapToPair(t -> new Tuple2<>(t._2().id(), t._1()));
        JavaPairRDD<String, Staged> copies = clean
                .filter(s -> copyMarks.value().containsKey(s.id()) && copyMarks.value().get(s.id()).exact())
                .mapToPair(s -> {
                    CopyMark mark = copyMarks.value().get(s.id());
                    byte[] marked = ArticleCodec.encode(ArticleCodec.clean(s.value()).withDuplicateOf(mark.original()));
                    return new Tuple2<>(mark.original(), s.then(marked));
                })
                .join(storyOfId)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        return members.cogroup(copies)
                .filter(t -> t._2()._1().iterator().hasNext())
                .map(t -> StoryBriefs.brief(t._1(), t._2()._1(), t._2()._2()));
    }
}
