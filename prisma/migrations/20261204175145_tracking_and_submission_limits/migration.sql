-- CreateTable
CREATE TABLE "tracking_failure" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tracking_code" VARCHAR(64) NOT NULL,
    "client_ip" VARCHAR(64) NOT NULL,

    CONSTRAINT "tracking_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_attempt" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "client_ip" VARCHAR(64) NOT NULL,

    CONSTRAINT "submission_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "used_challenge" (
    "signature" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "used_challenge_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "tracking_failure_client_ip_tracking_code_at_idx" ON "tracking_failure"("client_ip", "tracking_code", "at" DESC);

-- CreateIndex
CREATE INDEX "tracking_failure_client_ip_at_idx" ON "tracking_failure"("client_ip", "at" DESC);

-- CreateIndex
CREATE INDEX "submission_attempt_client_ip_at_idx" ON "submission_attempt"("client_ip", "at" DESC);

-- CreateIndex
CREATE INDEX "used_challenge_expires_at_idx" ON "used_challenge"("expires_at");
