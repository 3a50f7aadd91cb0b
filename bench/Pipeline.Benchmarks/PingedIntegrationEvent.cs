using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>The benchmark's event: about the size of the product's small events (an id, a time, a short text).</summary>
public sealed record PingedIntegrationEvent(Guid PingId, DateTimeOffset At, string Note) : IntegrationEvent;
