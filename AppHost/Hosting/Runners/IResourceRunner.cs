namespace SocialPrescribing.AppHost.Hosting.Runners;

internal interface IResourceRunner
{
    /// <summary>Readies what others need before anything runs (credentials), so connection strings are known up front.</summary>
    void Prepare()
    {
    }

    /// <summary>Starts the resource, sets it Healthy and completes when it is; throws <see cref="AppHostException"/> when it cannot be.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops the resource and everything it started; does nothing when it is not running.</summary>
    Task StopAsync();

    /// <summary>Last resort when the AppHost process is exiting: kill at once, synchronously.</summary>
    void Kill();
}
