using System.Threading.Channels;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Asks <see cref="ReadModelCatchUp"/> to re-read the available volunteers; many requests before it runs cost one re-read.</summary>
public sealed class VolunteerSyncRequests
{
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task Request()
    {
        requests.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    internal async Task WaitAsync(CancellationToken cancellationToken) => await requests.Reader.ReadAsync(cancellationToken);
}
