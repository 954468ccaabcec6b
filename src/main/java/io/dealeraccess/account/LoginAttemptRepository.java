package io.dealeraccess.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {}
