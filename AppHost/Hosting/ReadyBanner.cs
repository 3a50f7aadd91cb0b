using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Once every resource is up (and healthy where it has checks), prints one line per resource with its state and
/// URLs, the dashboard's login URL, and a last line people and scripts wait for.
/// </summary>
internal sealed class ReadyBanner(
    ResourceNotificationService notifications,
    DistributedApplicationModel model,
    DistributedApplicationExecutionContext execution,
    IConfiguration configuration) : IResourceWatcher
{
    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        if (!execution.IsRunMode)
        {
            return;
        }
        var shown = model.Resources.Where(r => r is not ParameterResource).Select(r => r.Name).ToList();
        var latest = new Dictionary<string, ResourceEvent>();
        var printed = false;
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (update.Resource is ParameterResource || update.Snapshot.IsHidden)
            {
                // Aspire's own helpers (a project's "rebuilder", say) never run unless asked.
                shown.Remove(update.Resource.Name);
                continue;
            }
            latest.TryGetValue(update.ResourceId, out var before);
            latest[update.ResourceId] = update;
            var now = Describe(update.Snapshot);
            if (now is not null && now != Describe(before?.Snapshot))
            {
                Console.WriteLine($"{DisplayName(update)}: {now}");
            }
            if (!printed && shown.All(name => latest.Values.Any(e => e.Resource.Name == name) && latest.Values.Where(e => e.Resource.Name == name).All(e => IsUp(e.Snapshot))))
            {
                Console.WriteLine(Render(shown.SelectMany(name => latest.Values.Where(e => e.Resource.Name == name))));
                printed = true;
            }
        }
    }

    private static string? Describe(CustomResourceSnapshot? snapshot) => snapshot switch
    {
        null or { State: null } or { State.Text: "" } => null,
        { State.Text: var state, ExitCode: int code } when state == KnownResourceStates.Exited || state == KnownResourceStates.Finished => $"{state} (exit code {code})",
        { State.Text: var state, HealthStatus: HealthStatus health } when state == KnownResourceStates.Running => $"{state}, {health}",
        _ => snapshot.State?.Text,
    };

    /// <summary>The resource's name; with replicas, the replica's own.</summary>
    private static string DisplayName(ResourceEvent update) =>
        update.Resource.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) && replicas.Replicas > 1 ? update.ResourceId : update.Resource.Name;

    private static bool IsUp(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Finished && snapshot.ExitCode == 0
        || (snapshot.State?.Text == KnownResourceStates.Running || snapshot.State?.Text == KnownResourceStates.Active)
           && snapshot.HealthStatus is null or HealthStatus.Healthy;

    private string Render(IEnumerable<ResourceEvent> resources)
    {
        var text = new StringBuilder().AppendLine();
        foreach (var resource in resources)
        {
            var urls = string.Join("  ", resource.Snapshot.Urls.Where(u => !u.IsInternal).Select(u => $"{u.Name} {u.Url}"));
            text.AppendLine($"  {DisplayName(resource),-20} {resource.Snapshot.State?.Text,-9} {urls}");
        }
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        if (dashboard is not null && token is not null)
        {
            text.AppendLine($"  dashboard            {dashboard}/login?t={token}");
        }
        return text.Append("All resources are healthy; press Ctrl+C to stop.").ToString();
    }
}
