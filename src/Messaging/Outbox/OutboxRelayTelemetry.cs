namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// The relay's metrics (batches claimed, rows parked) and spans (one per relayed event), on the project's meter and
/// activity source; ServiceDefaults exports both by these names.
/// </summary>
public static class OutboxRelayTelemetry
{
    public const string MeterName = "SocialPrescribing";
    public const string ActivitySourceName = "SocialPrescribing";
    public const string BatchesInstrument = "socialprescribing.outbox.relay.batches";
    public const string DeadLettersInstrument = "socialprescribing.outbox.dead_letters";
}
