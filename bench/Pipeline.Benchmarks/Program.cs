using System.Globalization;
using SocialPrescribing.Pipeline.Benchmarks;

// `--throughput [events] [workers]`: raw broker, raw database and the outbox pipeline, same run (item 3 of issue 18).
// `--latency [referrals a second] [seconds]`: submit → suggestions stored, through the whole system (item 2).
static int Arg(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "--throughput":
        await ThroughputRun.RunAsync(Arg(args, 1, 5000), Arg(args, 2, 4));
        break;
    case "--latency":
        await LatencyRun.RunAsync(Arg(args, 1, 100), Arg(args, 2, 60));
        break;
    default:
        Console.Error.WriteLine("Usage: Pipeline.Benchmarks --throughput [events] [workers] | --latency [referrals a second] [seconds]");
        return 2;
}
return 0;
