using Microsoft.Extensions.Logging;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>Applies each event once, as the product's consumers do: an inbox row and a row of its own, in one commit.</summary>
public sealed class PingedConsumer(PipelineContext db, TimeProvider time, ILogger<PingedConsumer> logger)
    : IdempotentConsumer<PingedIntegrationEvent, PipelineContext>(db, time, logger)
{
    protected override Task HandleAsync(PingedIntegrationEvent message, CancellationToken cancellationToken)
    {
        Db.Pings.Add(new PingRow { Id = message.PingId, At = message.At });
        return Task.CompletedTask;
    }
}
