using System.Net.Sockets;
using Grpc.Core;
using Npgsql;
using Polly;

namespace SocialPrescribing.Messaging;

/// <summary>
/// Failures that say "not now" rather than "never": the database, the broker or another service is restarting or
/// overloaded. A consumer keeps retrying a message that fails this way, so an outage delays it and loses nothing.
/// </summary>
public static class TransientFailures
{
    /// <summary>
    /// Cancelled is among them: a call the resilience handler gave up on for taking too long (an overloaded neighbour)
    /// surfaces so. When the service itself is stopping, MassTransit stops retrying and leaves the message queued.
    /// </summary>
    private static readonly HashSet<StatusCode> RetryableStatuses =
        [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted, StatusCode.Aborted, StatusCode.Cancelled];

    public static bool IsTransient(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            var transient = cause switch
            {
                NpgsqlException npgsql => npgsql.IsTransient,
                RpcException rpc => RetryableStatuses.Contains(rpc.StatusCode),
                HttpRequestException or SocketException or TimeoutException or OperationCanceledException or ExecutionRejectedException => true,
                _ => false,
            };
            if (transient)
            {
                return true;
            }
        }
        return false;
    }
}
