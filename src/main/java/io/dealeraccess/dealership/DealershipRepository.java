package io.dealeraccess.dealership;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealershipRepository extends JpaRepository<Dealership, String> {}
