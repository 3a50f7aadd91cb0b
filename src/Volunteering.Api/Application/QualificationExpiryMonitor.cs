namespace SocialPrescribing.Volunteering.Application;

public sealed class QualificationExpiryOptions
{
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs <see cref="QualificationExpiryCheck"/> at start and then every <see cref="QualificationExpiryOptions.CheckInterval"/>.</summary>
internal sealed partial class QualificationExpiryMonitor(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<QualificationExpiryOptions> options,
    ILogger<QualificationExpiryMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<QualificationExpiryCheck>().RunAsync(stoppingToken);
                LogChecked(raised);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting, or a replica raised the same notice first: the next run catches up.
                LogFailed(e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Qualification expiry check raised {Raised} notices")]
    private partial void LogChecked(int raised);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qualification expiry check failed ({Error}); it runs again at the next interval")]
    private partial void LogFailed(string error);
}
