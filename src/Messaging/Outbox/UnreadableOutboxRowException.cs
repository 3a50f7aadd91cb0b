namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// An outbox row that cannot become an event: the fault is the row's own, whatever the broker's state.
/// The message is written by the relay and never quotes the payload.
/// </summary>
internal sealed class UnreadableOutboxRowException(string message, Exception? innerException = null)
    : Exception(message, innerException);
