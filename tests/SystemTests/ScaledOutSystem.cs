using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

/// <summary>The whole system with two replicas each of referrals and matching, as a busier place would scale them out.</summary>
public sealed class ScaledOutSystem : SystemFixture
{
    public const int Replicas = 2;

    protected override IReadOnlyDictionary<string, int> ReplicasOf => new Dictionary<string, int>
    {
        ["referrals"] = Replicas,
        ["matching"] = Replicas,
    };
}
