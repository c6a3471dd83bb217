package org.storyline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's output folder: {@code stories.jsonl/} and {@code briefs.jsonl/} (JSON Lines),
 * {@code stories.parquet/} (Parquet), and always {@code problems.jsonl/}, each a folder of part files in story
 * order. A story row has {@code id}, {@code headline}, {@code articles} (ids) and {@code brief} (the brief in
 * core's JSON contract, as a string); a line of {@code briefs.jsonl} is that brief itself.
 */
final class OutputWriter {

    /** The columns of a story row. */
    static final StructType STORY = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("headline", DataTypes.StringType, false)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("brief", DataTypes.StringType, false);

    /** The columns of a problem row. */
    static final StructType PROBLEM = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private final SparkSession spark;
    private final String output;
    private final Set<OutputFormat> formats;

    OutputWriter(SparkSession spark, String output, Set<OutputFormat> formats) {
        this.spark = spark;
        this.output = output;
        this.formats = formats;
    }

    /** Refuses an output folder that already holds something, before any work is done. */
    void checkFree() {
        Path dir = new Path(output);
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(dir)) {
                FileStatus status = fs.getFileStatus(dir);
                if (!status.isDirectory() || fs.listStatus(dir).length > 0) {
                    throw new IllegalArgumentException("output " + output
                            + " already exists and is not an empty folder: give a new folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check output " + output + ": " + e.getMessage(), e);
        }
    }

    /** Writes the stories in {@code briefs}' order and the problems. */
    void write(JavaRDD<BriefRow> briefs, List<ProblemRow> problems) {
        JavaRDD<Row> rows = briefs.map(b -> RowFactory.create(b.story(), b.headline(), b.articles().toArray(),
                b.json()));
        Dataset<Row> stories = spark.createDataFrame(rows, STORY);
        if (formats.contains(OutputFormat.JSONL)) {
            stories.write().json(path("stories.jsonl"));
            stories.select("brief").write().text(path("briefs.jsonl"));
        }
        if (formats.contains(OutputFormat.PARQUET)) {
            stories.write().parquet(path("stories.parquet"));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> problemRows = jsc.parallelize(problems, 1)
                .map(p -> RowFactory.create(p.path(), p.stage(), p.reason()));
        spark.createDataFrame(problemRows, PROBLEM).write().json(path("problems.jsonl"));
    }

    private String path(String name) {
        return new Path(output, name).toString();
    }
}
