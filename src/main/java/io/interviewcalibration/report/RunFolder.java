package io.interviewcalibration.report;

import io.interviewcalibration.config.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's output folder, {@code <out>/<job name>/<run timestamp>/}, published atomically: every
 * file is written under a hidden staging folder beside it, which is renamed into place when the
 * run succeeds and deleted when it fails, so readers never see a half-written run and earlier runs
 * stay untouched. On filesystems whose rename is not atomic (object stores) a {@code _SUCCESS}
 * marker is written last.
 */
public final class RunFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final FileSystem fs;
  private final Path staging;
  private final Path target;
  private boolean published;

  private RunFolder(FileSystem fs, Path staging, Path target) {
    this.fs = fs;
    this.staging = staging;
    this.target = target;
  }

  /** Creates the staging folder of a new run. */
  public static RunFolder create(Configuration conf, String out, String jobName, Instant started) {
    try {
      Path parent = new Path(out, jobName);
      FileSystem fs = parent.getFileSystem(conf);
      String stamp = STAMP.format(started);
      Path target = new Path(parent, stamp);
      for (int i = 2; fs.exists(target); i++) {
        target = new Path(parent, stamp + "-" + i);
      }
      Path staging = new Path(parent, "." + target.getName() + ".inprogress");
      fs.mkdirs(staging);
      return new RunFolder(fs, staging, target);
    } catch (IOException e) {
      throw new UserError(out + ": cannot create the run folder (" + e.getMessage() + ")");
    }
  }

  /** Where a file of the run is written before publishing. */
  public Path staged(String relative) {
    return new Path(staging, relative);
  }

  /** Opens a file of the run for writing (folders created as needed). */
  public OutputStream create(String relative) throws IOException {
    return fs.create(staged(relative), true);
  }

  public FileSystem fs() {
    return fs;
  }

  /** The folder the run will have once published. */
  public Path target() {
    return target;
  }

  /** Moves the finished run into place. */
  public void publish() throws IOException {
    if (!fs.rename(staging, target)) {
      throw new IOException("could not rename " + staging + " to " + target);
    }
    String scheme = fs.getUri().getScheme();
    if (scheme != null && (scheme.startsWith("s3") || scheme.startsWith("gs") || scheme.startsWith("abfs") || scheme.startsWith("wasb"))) {
      fs.create(new Path(target, "_SUCCESS"), true).close();
    }
    published = true;
  }

  /** Removes the staging folder of a failed run (no effect once published). */
  public void abandon() {
    if (!published) {
      try {
        fs.delete(staging, true);
      } catch (IOException ignored) {
        // best effort: a leftover hidden staging folder is never read as a run
      }
    }
  }
}
