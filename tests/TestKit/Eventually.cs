using Xunit;

namespace SocialPrescribing.TestKit;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails with the description when it never does.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string description, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {description}.");
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Polls until the observation satisfies the condition; a failure shows the last observation.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> observe, Func<T, bool> condition, string description, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var observed = await observe();
            if (condition(observed))
            {
                return observed;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {description}; last seen: {observed}.");
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
