using System.Net.Sockets;
using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Tells a row that fails by itself from a broker that is away. Only the first counts towards parking the row:
/// an outage delays events and must never cost one. When in doubt the broker is blamed, since a row wrongly held
/// back costs a delay while one wrongly parked costs an event.
/// </summary>
internal static class OutboxFailure
{
    public const int ErrorMaxLength = 500;

    public static bool IsBrokerUnavailable(Exception exception, BusHealthStatus busHealth) =>
        exception is not UnreadableOutboxRowException
        && (busHealth != BusHealthStatus.Healthy || Chain(exception).Any(IsConnectivity));

    /// <summary>
    /// What went wrong, fit for the outbox and the dead-letter table: the relay's own words for an unreadable row,
    /// otherwise only the exception types (a broker's or serialiser's message may quote the event).
    /// </summary>
    public static string Describe(Exception exception)
    {
        var text = exception is UnreadableOutboxRowException
            ? exception.Message
            : string.Join(" <- ", Chain(exception).Select(e => e.GetType().FullName));
        return text.Length <= ErrorMaxLength ? text : text[..ErrorMaxLength];
    }

    private static bool IsConnectivity(Exception exception) =>
        exception is OperationCanceledException or TimeoutException or IOException or SocketException
            or ConnectionException or OperationInterruptedException or BrokerUnreachableException
            or ConnectFailureException;

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
