package dev.pacta.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code pacta} command-line tool: evaluates agreements against timelines, validates documents, runs scenario
 * files, lists what each party must do next, replays a timeline event by event, and runs the demo.
 *
 * <p>Output is UTF-8 and has no colour. Errors go to standard error, naming the file and, for document problems,
 * the line, column and JSON path. Wherever a file is expected, {@code -} stands for standard input (for
 * {@code --out}, standard output). Exit codes: see {@link ExitCodes}.
 *
 * <p>For tests, {@link #run(Clock, InputStream, PrintWriter, PrintWriter, String...)} runs the tool in-process with a
 * fixed clock, given standard input and captured output.
 */
@Command(
        name = "pacta",
        mixinStandardHelpOptions = true,
        versionProvider = PactaCli.Version.class,
        description = {"Evaluates whether each party to a service agreement keeps its responsibilities, with reasons.%n"
        },
        subcommands = {
            EvaluateCommand.class,
            ValidateCommand.class,
            CheckCommand.class,
            UpcomingCommand.class,
            ReplayCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success: compliant, valid, every check passed",
            "1:non-compliant (see evaluate --fail-on), an invalid document, or a failed check",
            "2:usage error: unknown option, bad value, missing or unreadable file",
            "3:internal error (a bug in Pacta)"
        },
        footerHeading = "%n",
        footer = {"Run 'pacta demo' to see a report, 'pacta COMMAND --help' for a command's options."})
public final class PactaCli implements Runnable {
    private final Clock clock;
    private final StandardInput stdin;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PactaCli(Clock clock, InputStream stdin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stdin = new StandardInput(stdin);
    }

    /** The clock the default {@code --as-of} reads: the system clock, or a fixed one in tests. */
    Clock clock() {
        return clock;
    }

    /** Standard input, which {@code -} stands for: the process's, or a given one in tests. */
    StandardInput stdin() {
        return stdin;
    }

    @Override
    public void run() {
        // "pacta" alone: show the usage and fail as a usage error.
        throw new ParameterException(spec.commandLine(), "pacta: missing command");
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Jollyday (--holidays) logs through SLF4J, which without a logger prints a warning on standard error: the
        // tool has nothing to log, and its standard error is for its own messages.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(Clock.systemDefaultZone(), System.in, out, err, args));
    }

    /**
     * Runs the tool in-process, with the process's standard input.
     *
     * @param clock the clock for the default {@code --as-of}
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return run(clock, System.in, out, err, args);
    }

    /**
     * Runs the tool in-process.
     *
     * @param clock the clock for the default {@code --as-of}
     * @param in standard input, read where an argument is {@code -}; not closed
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(Clock clock, InputStream in, PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(clock, in, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The configured picocli command line, with the process's standard input.
     *
     * @param clock the clock for the default {@code --as-of}
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        return commandLine(clock, System.in, out, err);
    }

    /**
     * The configured picocli command line.
     *
     * @param clock the clock for the default {@code --as-of}
     * @param in standard input, read where an argument is {@code -}; not closed
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(Clock clock, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PactaCli(clock, in));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setHelpFactory(SynopsisWrappedAtSpaces::new);
        return cl;
    }

    /** A usage error: the message, and where to find help. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            PrintWriter err = cl.getErr();
            String message = e.getMessage();
            err.println(message.startsWith("pacta") ? message : "pacta: " + message);
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** A reported failure (its message and exit code), or a bug (the stack trace, exit code 3). */
    private static final class Failures implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            if (e instanceof CliException c) {
                err.println(c.getMessage());
                err.flush();
                return c.exitCode();
            }
            err.println("pacta: internal error, please report it: " + e);
            e.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * The version from the jar's manifest ({@code Implementation-Version}, written by the build from the project's
     * version); run from compiled classes, there is none.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pacta " + version().orElse("(development build)")};
        }

        static Optional<String> version() {
            return Optional.ofNullable(PactaCli.class.getPackage().getImplementationVersion());
        }
    }

    /**
     * picocli's help, with the usage line wrapped at spaces only. picocli wraps it with a line {@code BreakIterator},
     * which may break after a dot: {@code AGREEMENT.} at the end of one line and {@code json} on the next.
     */
    static final class SynopsisWrappedAtSpaces extends CommandLine.Help {
        SynopsisWrappedAtSpaces(CommandLine.Model.CommandSpec spec, CommandLine.Help.ColorScheme scheme) {
            super(spec, scheme);
        }

        @Override
        protected String makeSynopsisFromParts(
                int headingLength,
                CommandLine.Help.Ansi.Text optionText,
                CommandLine.Help.Ansi.Text groupsText,
                CommandLine.Help.Ansi.Text endOfOptionsText,
                CommandLine.Help.Ansi.Text positionalParamText,
                CommandLine.Help.Ansi.Text commandText) {
            // picocli's order when no argument group is validated; this tool has no argument groups.
            CommandLine.Help.Ansi.Text text = optionText
                    .concat(groupsText)
                    .concat(endOfOptionsText)
                    .concat(positionalParamText)
                    .concat(commandText);
            String name = commandSpec().qualifiedName();
            return wrap(name, text, headingLength, commandSpec().usageMessage().width());
        }

        /**
         * The command's name and its synopsis' words, wrapped at spaces to the width; continuation lines are indented
         * to the first word after the name, as picocli does.
         */
        static String wrap(String name, CommandLine.Help.Ansi.Text words, int headingLength, int width) {
            String plain = words.plainString();
            int indent = headingLength + name.length() + 1;
            StringBuilder out = new StringBuilder(name);
            int column = headingLength + name.length();
            for (int start = 0; start < plain.length(); ) {
                if (plain.charAt(start) == ' ') {
                    start++;
                    continue;
                }
                int end = plain.indexOf(' ', start);
                end = end < 0 ? plain.length() : end;
                int length = end - start;
                if (column + 1 + length > width && column > indent) {
                    out.append(System.lineSeparator()).append(" ".repeat(indent));
                    column = indent;
                } else {
                    out.append(' ');
                    column++;
                }
                // The word with its colours, if any.
                out.append(words.substring(start, end));
                column += length;
                start = end;
            }
            return out.append(System.lineSeparator()).toString();
        }
    }
}
