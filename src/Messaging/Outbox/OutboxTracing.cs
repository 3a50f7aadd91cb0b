using System.Diagnostics;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Carries a trace across the outbox: the context of the activity that writes an event is stored
/// with the row, and the relay publishes the row inside an activity parented on it, so the broker
/// hop and the consumer join the trace of the original request instead of starting their own.
/// </summary>
internal static class OutboxTracing
{
    /// <summary>A version-00 W3C traceparent is exactly this long.</summary>
    public const int TraceParentMaxLength = 55;

    /// <summary>The W3C limit a propagator must keep; a longer tracestate may be dropped.</summary>
    public const int TraceStateMaxLength = 512;

    private static readonly ActivitySource Source = new(OutboxRelayTelemetry.ActivitySourceName);

    /// <summary>The ambient trace context, or nulls when there is none to continue (or it will not fit).</summary>
    public static (string? TraceParent, string? TraceState) Capture()
    {
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C, Id: { Length: <= TraceParentMaxLength } id } current)
        {
            return (null, null);
        }
        var state = current.TraceStateString is { Length: > 0 and <= TraceStateMaxLength } s ? s : null;
        return (id, state);
    }

    /// <summary>
    /// Starts the span around one relayed publish, as a child of the writer's span. When no listener
    /// samples the project's source a bare activity still carries the context, so whatever does
    /// listen (MassTransit's instrumentation, log scopes) stays in the trace. Null for rows written
    /// outside any trace: those publish as before.
    /// </summary>
    public static Activity? StartPublish(OutboxMessage message)
    {
        if (message.TraceParent is not { } traceParent
            || !ActivityContext.TryParse(traceParent, message.TraceState, isRemote: true, out var parent))
        {
            return null;
        }

        var name = $"outbox publish {message.EventType}";
        var activity = Source.StartActivity(name, ActivityKind.Producer, parent)
            ?? StartUnsampled(name, traceParent, message.TraceState);
        activity.SetTag("messaging.message.id", message.Id.ToString());
        return activity;
    }

    private static Activity StartUnsampled(string name, string traceParent, string? traceState)
    {
        var activity = new Activity(name).SetParentId(traceParent);
        activity.TraceStateString = traceState;
        return activity.Start();
    }
}
