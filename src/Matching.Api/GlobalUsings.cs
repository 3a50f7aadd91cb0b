global using SocialPrescribing.Matching;
global using SocialPrescribing.Matching.Configuration;
global using SocialPrescribing.Matching.Grpc;
global using SocialPrescribing.Matching.Infrastructure;
global using SocialPrescribing.Matching.IntegrationEvents;
global using SocialPrescribing.Matching.Model;
