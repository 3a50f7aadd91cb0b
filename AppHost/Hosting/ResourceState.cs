namespace SocialPrescribing.AppHost.Hosting;

public enum ResourceState
{
    NotStarted,
    /// <summary>Waiting for the resources it waits for to become healthy.</summary>
    Waiting,
    Starting,
    Healthy,
    /// <summary>Exited unexpectedly; started again after a back-off delay.</summary>
    Restarting,
    Stopping,
    Stopped,
    Failed,
    /// <summary>Declared, but its project does not exist (yet), so it is not run.</summary>
    Skipped,
}
