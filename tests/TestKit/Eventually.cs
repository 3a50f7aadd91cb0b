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
}
