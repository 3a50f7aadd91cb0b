using BenchmarkDotNet.Running;
using SocialPrescribing.Volunteering.Benchmarks;

// `--quick [logs] [reports]` times single reports with a stopwatch (for scripts/bench); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--quick")
{
    await QuickRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : SroiReportBenchmarks.HourLogs,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SroiReportBenchmarks).Assembly).Run(args);
