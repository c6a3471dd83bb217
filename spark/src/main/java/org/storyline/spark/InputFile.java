package org.storyline.spark;

import java.io.Serializable;

/**
 * One file to read.
 *
 * @param number the file's place among all input files, in the order the single-machine ingester reads them
 * @param uri    the file's fully qualified Hadoop path ({@code hdfs://...}, {@code s3a://...}, {@code file:/...})
 * @param shown  the path as problems and article paths name it (a local file without its {@code file:} scheme)
 */
record InputFile(int number, String uri, String shown) implements Serializable {

    private static final long serialVersionUID = 1L;
}
