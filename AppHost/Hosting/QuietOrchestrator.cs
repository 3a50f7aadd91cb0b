namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Aspire's orchestrator (DCP) is a Go program and inherits the AppHost's environment. Go runs a scheduler per core,
/// and on every wake-up the idle ones spin looking for work: one is plenty for the dozen processes DCP watches, and
/// it wakes about a third less often. A GOMAXPROCS set by the caller wins.
/// </summary>
public static class QuietOrchestrator
{
    public static void LimitToOneScheduler()
    {
        if (Environment.GetEnvironmentVariable("GOMAXPROCS") is null)
        {
            Environment.SetEnvironmentVariable("GOMAXPROCS", "1");
        }
    }
}
