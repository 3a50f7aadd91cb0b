global using SocialPrescribing.Notifications.Model;
global using SocialPrescribing.Referrals;
global using SocialPrescribing.Referrals.Application;
global using SocialPrescribing.Referrals.Grpc;
global using SocialPrescribing.Referrals.Infrastructure;
global using SocialPrescribing.Referrals.Model;
global using SocialPrescribing.Referrals.IntegrationEvents;
