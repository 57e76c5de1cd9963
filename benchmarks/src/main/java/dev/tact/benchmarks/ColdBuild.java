package dev.tact.benchmarks;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.rules.RulePack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The first {@code Tact.builder().build()} in a fresh JVM, and the first reviews after it — target
 * ≤ 300 ms for the build (DESIGN.md, Targets). JMH's {@code SingleShotTime} forks measure this too,
 * but on a shared machine their wall time varies twofold; this harness also records the main
 * thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), the steadier figure, which
 * leaves out the JIT compiler threads, the garbage collector and other processes.
 *
 * <p>Starts {@code forks} child JVMs one after another (same {@code java}, same class path, no JVM
 * options), each of which times, in this order: the first build; the first review of the 280-char
 * English reply of {@link ReviewLatencyBenchmark} to an upset customer; the first Japanese review;
 * the first reviews in the four other built-in languages together ({@link
 * TactBuildBenchmark#DRAFTS}; each language's automata and word lists are read on its first
 * review); a second build. Prints one line per child, then the median and range of each column, and the
 * load average before and after (Linux).
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -cp
 * benchmarks/target/benchmarks.jar dev.tact.benchmarks.ColdBuild 7}; add {@code vendor} after the
 * number of forks to time a first build with one English vendor pack ({@link #VENDOR_PACK}, parsed
 * inside the timed build), which makes English compile afresh.
 */
public final class ColdBuild {
  private static final String[] COLUMNS = {
    "build cpu", "build wall", "1st en review cpu", "1st en review wall", "1st ja review cpu",
    "1st ja review wall", "1st de/es/fr/pt cpu", "1st de/es/fr/pt wall", "2nd build cpu",
    "2nd build wall"
  };

  private ColdBuild() {}

  /**
   * An English vendor pack (a tenant's phrases for a built-in rule), for {@code vendor} runs: a
   * build with it parses it and compiles English afresh from the built-in patterns and these.
   */
  static final String VENDOR_PACK = """
      language: en
      rule: tone.minimizing
      phrases:
        - id: acme-quick-fix
          patterns: ["(simply|just) (reboot|restart|reset) [the|your] (box|hub|router)"]
          message: "Say what the customer can do and what happens next, without 'simply'"
        - id: acme-in-no-time
          patterns: ["(fixed|sorted|done) in no time"]
      """;

  /**
   * {@code [forks] [vendor]} in the parent (default 5 forks; {@code vendor}: each first build also
   * parses {@link #VENDOR_PACK} and merges it); {@code --child [vendor]} in a child.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length >= 1 && args[0].equals("--child")) {
      child(args.length > 1 && args[1].equals("vendor"));
      return;
    }
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String mode = args.length > 1 && args[1].equals("vendor") ? "vendor" : "builtins";
    System.out.println("# first build: " + (mode.equals("vendor")
        ? "RulePack.parse(VENDOR_PACK) and Tact.builder().rulePacks(pack).build()" : "Tact.builder().build()"));
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    System.out.println("# load average before: " + loadAverage());
    System.out.println("# ms per child: " + String.join(" | ", COLUMNS));
    double[][] rows = new double[forks][];
    for (int f = 0; f < forks; f++) {
      Process process = new ProcessBuilder(java, "-cp", classPath, ColdBuild.class.getName(), "--child", mode)
          .redirectErrorStream(true)
          .start();
      String result = null;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("RESULT ")) {
            result = line.substring(7);
          } else {
            System.out.println("#   child: " + line);
          }
        }
      }
      if (process.waitFor() != 0 || result == null) {
        throw new IllegalStateException("child " + f + " failed (exit " + process.exitValue() + ")");
      }
      rows[f] = Arrays.stream(result.split(" ")).mapToDouble(Double::parseDouble).toArray();
      System.out.println(format(rows[f]));
    }
    System.out.println("# load average after: " + loadAverage());
    double[] median = new double[COLUMNS.length];
    double[] min = new double[COLUMNS.length];
    double[] max = new double[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      double[] column = new double[forks];
      for (int f = 0; f < forks; f++) {
        column[f] = rows[f][c];
      }
      Arrays.sort(column);
      median[c] = forks % 2 == 1 ? column[forks / 2] : (column[forks / 2 - 1] + column[forks / 2]) / 2;
      min[c] = column[0];
      max[c] = column[forks - 1];
    }
    System.out.println("# " + forks + " fresh JVMs, median (range), ms:");
    for (int c = 0; c < COLUMNS.length; c++) {
      System.out.printf(Locale.ROOT, "%-20s %7.1f  (%.1f–%.1f)%n", COLUMNS[c], median[c], min[c], max[c]);
    }
  }

  private static void child(boolean vendor) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.getCurrentThreadCpuTime(); // load the management classes before timing
    List<Double> times = new ArrayList<>();

    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Tact tact = vendor
        ? Tact.builder().rulePacks(RulePack.parse(VENDOR_PACK, "vendor-en.yaml")).build()
        : Tact.builder().build();
    times.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    times.add((System.nanoTime() - wall) / 1e6);

    Draft english = new Draft(ReviewLatencyBenchmark.REPLY, Locale.ENGLISH, Channel.X_REPLY);
    Conversation upset = Conversation.of(Message.fromCustomer(ReviewLatencyBenchmark.INBOUND));
    cpu = threads.getCurrentThreadCpuTime();
    wall = System.nanoTime();
    Review review = tact.review(english, upset);
    times.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    times.add((System.nanoTime() - wall) / 1e6);
    if (review.findings().isEmpty()) {
      throw new IllegalStateException("the English reply has a finding; got none");
    }

    Draft japanese = new Draft("お手数ですが、設定からアプリを再起動するだけで直ります。簡単ですので、ぜひお試しください。",
        Locale.JAPANESE, Channel.X_REPLY);
    Conversation angry = Conversation.of(Message.fromCustomer("何度も問い合わせているのに、まだ直らない！！"));
    cpu = threads.getCurrentThreadCpuTime();
    wall = System.nanoTime();
    review = tact.review(japanese, angry);
    times.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    times.add((System.nanoTime() - wall) / 1e6);
    if (review.findings().isEmpty()) {
      throw new IllegalStateException("the Japanese reply has findings; got none");
    }

    cpu = threads.getCurrentThreadCpuTime();
    wall = System.nanoTime();
    for (String[] draft : TactBuildBenchmark.DRAFTS) {
      if (!draft[0].equals("en") && !draft[0].equals("ja")) {
        tact.review(new Draft(draft[1], Locale.forLanguageTag(draft[0]), Channel.X_REPLY),
            Conversation.of(Message.fromCustomer(draft[2])));
      }
    }
    times.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    times.add((System.nanoTime() - wall) / 1e6);

    cpu = threads.getCurrentThreadCpuTime();
    wall = System.nanoTime();
    Tact second = Tact.builder().build();
    times.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    times.add((System.nanoTime() - wall) / 1e6);
    if (second.tone().rules().size() != tact.tone().rules().size()) {
      throw new IllegalStateException("two builds differ");
    }

    StringBuilder line = new StringBuilder("RESULT");
    for (double t : times) {
      line.append(' ').append(String.format(Locale.ROOT, "%.2f", t));
    }
    System.out.println(line);
  }

  private static String format(double[] row) {
    StringBuilder line = new StringBuilder();
    for (double t : row) {
      line.append(String.format(Locale.ROOT, "%9.1f", t));
    }
    return line.toString();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException | UnsupportedOperationException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
