package io.dealeraccess.signin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

  List<SignInEvent> findTop20ByOrderByOccurredAtDescIdDesc();
}
