using MassTransit;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>A consumer's dependency that fails its first calls in the given way, then answers; it counts the calls.</summary>
public sealed class UnreliableDependency(int failures, Func<Exception> failure)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Call()
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            throw failure();
        }
    }
}

/// <summary>Calls the dependency for every message, as a consumer that reads another service before applying an event does.</summary>
public sealed class DependentConsumer(UnreliableDependency dependency) : IConsumer<AccountCheckRequestedIntegrationEvent>
{
    public Task Consume(ConsumeContext<AccountCheckRequestedIntegrationEvent> context)
    {
        dependency.Call();
        return Task.CompletedTask;
    }
}
